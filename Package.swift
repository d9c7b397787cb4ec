// swift-tools-version:6.0
import PackageDescription

/// Sitewalk: a terminal workspace browser for the Procore REST API.
///
/// Dependencies point one way: sitewalk → TerminalUI → Workspace → ProcoreAPI.
/// SandboxServer depends on nothing of ours.
let package = Package(
    name: "Sitewalk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitewalk", targets: ["sitewalk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(
            name: "ProcoreAPI",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SandboxServer",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Workspace",
            dependencies: ["ProcoreAPI"],
            resources: [.copy("Resources/catalog.json")]
        ),
        .target(
            name: "TerminalUI",
            dependencies: ["Workspace", "CNcurses"]
        ),
        .executableTarget(
            name: "sitewalk",
            dependencies: [
                "TerminalUI", "Workspace", "ProcoreAPI", "SandboxServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "sitewalk-bench",
            dependencies: ["ProcoreAPI", "Workspace", "SandboxServer"],
            path: "Sources/sitewalk-bench"
        ),
        .testTarget(name: "ProcoreAPITests", dependencies: ["ProcoreAPI", "SandboxServer"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SandboxServerTests", dependencies: ["SandboxServer", .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "ProcoreAPI", "SandboxServer"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Workspace"], exclude: ["Snapshots"]),
        .testTarget(name: "EndToEndTests", dependencies: ["sitewalk", "sitewalk-bench", "TerminalUI", "ProcoreAPI"]),
    ]
)
