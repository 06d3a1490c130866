// swift-tools-version: 6.2
import PackageDescription

/// Settings every target shares: Swift 6 mode with the upcoming features the 6.3 compiler offers,
/// and warnings as errors on CI.
let sharedSettings: [SwiftSetting] =
    [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
    ] + (Context.environment["CI"] != nil ? [.unsafeFlags(["-warnings-as-errors"])] : [])
    // Release builds link the Swift runtime and Foundation statically (see releaseLinkerSettings):
    // modules are compiled against the static resource directory, so each names the static
    // libraries it needs.
    + [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]

/// The release builds of the tool and its benchmark link the Swift runtime and Foundation
/// statically: a process starts in 5.4 ms of CPU instead of 8.9 (no shared-library loading and
/// relocation), which is a third of a `vmstate-diff` run and a tenth of a `check`
/// (`Benchmarks/engine.sh` §3, `Benchmarks/vmstate-diff.sh`). lld links them: GNU gold warns
/// about the `mktemp` that static Foundation references, and CI fails on warnings. Debug builds
/// and test bundles keep the shared runtime the test libraries use.
let releaseLinkerSettings: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))
]

/// The tree readers and the engine are optimized in debug builds too: the tests extract whole
/// QEMU trees (in process and through the `guestabi` they start) hundreds of times, six times
/// slower unoptimized.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "guestabi",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "guestabi", targets: ["guestabi"]),
        .library(name: "GuestABI", targets: ["GuestABI"]),
        .library(name: "QEMUSource", targets: ["QEMUSource"]),
        .library(name: "QMP", targets: ["QMP"]),
        .library(name: "Report", targets: ["Report"]),
        .library(name: "RegistryStore", targets: ["RegistryStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // Model, lifecycle rules and engine: pure values, no process or file I/O.
        .target(
            name: "GuestABI",
            dependencies: [.product(name: "OrderedCollections", package: "swift-collections")],
            swiftSettings: optimizedInDebug
        ),
        // C tokenizer, recognisers of QEMU's machine definitions, tree and git readers.
        .target(
            name: "QEMUSource",
            dependencies: [
                "GuestABI",
                .product(name: "OrderedCollections", package: "swift-collections"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: optimizedInDebug
        ),
        // QMP client, QEMU launcher, probes of real binaries.
        .target(
            name: "QMP",
            dependencies: [
                "GuestABI",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Registry files, and the embedded registries of real releases (a resource).
        .target(name: "RegistryStore", dependencies: ["GuestABI"], resources: [.copy("Releases")]),
        // Renderers of model values: table, JSON, CSV, SARIF, HTML.
        .target(name: "Report", dependencies: ["GuestABI", "QMP"]),
        // The command-line tool: wiring only.
        .executableTarget(
            name: "guestabi",
            dependencies: [
                "GuestABI", "QEMUSource", "QMP", "Report", "RegistryStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: releaseLinkerSettings
        ),
        // Benchmarks of the migration engine: figures beside their bounds (Benchmarks/engine.sh).
        .executableTarget(
            name: "guestabi-bench", dependencies: ["GuestABI", "RegistryStore", "Report"],
            linkerSettings: releaseLinkerSettings),
        .testTarget(name: "GuestABITests", dependencies: ["GuestABI"]),
        .testTarget(name: "QEMUSourceTests", dependencies: ["QEMUSource", "GuestABI"]),
        .testTarget(name: "QMPTests", dependencies: ["QMP", "GuestABI"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "GuestABI", "QMP"]),
        .testTarget(
            name: "guestabiTests",
            dependencies: [
                "guestabi", "GuestABI", "QEMUSource", "QMP", "Report", "RegistryStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + sharedSettings
}
