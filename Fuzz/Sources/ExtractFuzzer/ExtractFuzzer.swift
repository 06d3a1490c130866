import Dispatch
import Foundation
import GuestABI
import QEMUSource

/// The files of the fixture tree the input is placed in, read once.
let baseTree: [String: [UInt8]] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Tests/QEMUSourceTests/Fixtures/.trees/new-generation").standardizedFileURL.path
    var files: [String: [UInt8]] = [:]
    guard let walker = FileManager.default.enumerator(atPath: root) else {
        fatalError("the fixture tree \(root) is missing")
    }
    while let relative = walker.nextObject() as? String {
        if let data = FileManager.default.contents(atPath: root + "/" + relative) {
            files[relative] = Array(data)
        }
    }
    precondition(files["VERSION"] != nil, "the fixture tree \(root) has no VERSION")
    return files
}()

/// libFuzzer's entry point: extracts a tree whose x86 family file is the input, through the
/// tokenizer, the preprocessor, the recognisers and the QOM type index. Any trap is a finding;
/// so is an input that takes longer than libFuzzer's `-timeout`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let tree = FuzzTree(base: baseTree, family: bytes)
    let done = DispatchSemaphore(value: 0)
    Task {
        let registry = try? await TreeExtractor(tree: tree).extract(qomHierarchy: true)
        // Whatever is read must hold together: every machine has a name and every
        // diagnostic a file of the tree.
        if let registry {
            for diagnostic in registry.diagnostics where tree.contents[diagnostic.location.file] == nil && !diagnostic.message.hasPrefix("missing") {
                fatalError("diagnostic outside the tree: \(diagnostic)")
            }
        }
        done.signal()
    }
    done.wait()
    return 0
}

/// libFuzzer's driver, which parses its own options from the command line.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The executable's entry point (SwiftPM names it after the module): hands over to libFuzzer.
@_cdecl("ExtractFuzzer_main")
public func extractFuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
