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
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    ]
)
