import Foundation

/// libFuzzer entry point for the `config.toml` loader: any text either loads or throws a
/// `SitewalkConfiguration.Problem` whose description names the file; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfiguration(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let config = try SitewalkConfiguration.parse(text, file: "config.toml")
        for environment in config.environments { _ = config.environment(named: environment.name) }
    } catch let problem as SitewalkConfiguration.Problem {
        if !problem.description.hasPrefix("config.toml") { fatalError("problem does not name the file") }
    } catch {
        fatalError("unexpected error type \(type(of: error))")
    }
    return 0
}
