// swift-tools-version: 6.2
import PackageDescription

// The libFuzzer harness of guestabi, kept out of the main package so it neither slows nor
// breaks the main build. Build and run it with scripts/fuzz (Linux: -sanitize=fuzzer).
let package = Package(
    name: "guestabi-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "guestabi", path: "..")],
    targets: [
        .executableTarget(
            name: "ExtractFuzzer",
            dependencies: [
                .product(name: "QEMUSource", package: "guestabi"),
                .product(name: "GuestABI", package: "guestabi"),
            ],
            // The main package compiles its release modules for a static Swift runtime (see its
            // releaseLinkerSettings); the harness is compiled and linked the same way.
            swiftSettings: [
                .unsafeFlags(["-parse-as-library"]),
                .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
            ],
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))
            ]
        )
    ]
)
