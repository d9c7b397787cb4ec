import Foundation
import ProcoreAPI
import Workspace

/// The out-of-band code sign-in inside the environment switcher: the exchange runs in the background
/// and its answer is picked up by the event loop, so the screen never waits on the network.
extension BrowserApp {
    /// Exchanges `code` for the environment in the background; `finishCodeSignIn()` applies the answer.
    func startCodeSignIn(_ choice: EnvironmentChoice, code: String) {
        guard let environments else { return }
        let box = LockedBox<Result<ProcoreClient, any Error>?>(nil)
        codeSignIn = box
        let pipe = wakePipe
        let name = choice.name
        Task.detached {
            do {
                box.set(.success(try await environments.connect(name, code: code)))
            } catch {
                box.set(.failure(error))
            }
            pipe.wake()
        }
    }

    /// Forgets an exchange in flight (Esc): its answer, when it comes, is dropped.
    func cancelCodeSignIn() {
        codeSignIn = nil
    }

    /// Applies the answer of the exchange in flight, if it has come: success switches the workspace
    /// and closes the modal; failure shows the error in the modal. True when the screen changed.
    @discardableResult
    func finishCodeSignIn() -> Bool {
        guard let box = codeSignIn, let result = box.get() else { return false }
        codeSignIn = nil
        guard case .picker(var picker) = state.mode, case .code(let index, var entry) = picker.stage else { return false }
        switch result {
        case .success(let client):
            state.mode = .normal
            switchWorkspace(to: client)
            workspace.showFlash("signed in to \(client.environment.name)")
        case .failure(let error):
            entry.busy = false
            entry.error = "\(error)"
            picker.stage = .code(index, entry)
            state.mode = .picker(picker)
        }
        return true
    }

    /// Waits (polling, with a deadline) for the exchange in flight to answer and applies it; for tests
    /// and scripted front ends. Suspends rather than blocking, so the exchange's task can run. True
    /// when an answer was applied.
    @discardableResult
    func waitForCodeSignIn(timeout: TimeInterval) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if finishCodeSignIn() { return true }
            guard codeSignIn != nil else { return false }
            try? await Task.sleep(nanoseconds: 5_000_000)
        }
        return false
    }
}
