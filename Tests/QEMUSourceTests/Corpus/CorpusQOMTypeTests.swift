import Foundation
import GuestABI
import QEMUSource
import Testing

/// The QOM hierarchy read from the real trees: the chains that say which devices a compat entry
/// for a parent type reaches.
@Suite(.enabled(if: CorpusTrees.available, "needs scripts/qemu-sources.sh"))
struct CorpusQOMTypeTests {
    /// `name` and its ancestors, nearest first; stops at a type the hierarchy does not know.
    static func chain(_ name: String, in parents: [String: String]) -> [String] {
        var chain = [name]
        while let parent = parents[chain[chain.count - 1]], !chain.contains(parent) { chain.append(parent) }
        return chain
    }

    @Test func virtioNetPCIReachesVirtioPCIThenPCIDevice() async throws {
        let parents = try await CorpusTrees.registry("10.2.2").qomParents
        let chain = Self.chain("virtio-net-pci", in: parents)
        #expect(chain == ["virtio-net-pci", "virtio-net-pci-base", "virtio-pci", "pci-device", "device", "object"])
    }

    @Test(arguments: [
        ("virtio-net-device", "virtio-device"), ("ICH9-LPC", "pci-device"), ("virtio-net-pci-transitional", "virtio-pci"),
        ("virtio-crypto-pci", "virtio-pci"), ("virtio-iommu-pci", "virtio-pci"), ("intel-iommu", "x86-iommu"),
    ])
    func typeReachesAncestor(name: String, ancestor: String) async throws {
        let parents = try await CorpusTrees.registry("10.2.2").qomParents
        #expect(Self.chain(name, in: parents).contains(ancestor), "\(Self.chain(name, in: parents))")
    }

    /// The corpus holds `target/*.h` but no `target/*.c`, where `TYPE_X86_CPU` is declared: the
    /// test runs on a full tree (`scripts/qemu-sources.sh --full`).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: CorpusTrees.path("10.2.2") + "/target/i386/cpu.c")))
    func x86CPUExists() async throws {
        let parents = try await CorpusTrees.registry("10.2.2").qomParents
        #expect(parents["x86_64-cpu"] == "cpu")
    }

    @Test(arguments: CorpusTrees.releases)
    func everyReleaseHasAnAcyclicHierarchyRootedAtObject(release: String) async throws {
        let parents = try await CorpusTrees.registry(release).qomParents
        #expect(parents.count > 1000)
        #expect(parents["device"] == "object")
        for name in parents.keys {
            let chain = Self.chain(name, in: parents)
            #expect(parents[chain[chain.count - 1]] == nil, "\(name) is in a cycle: \(chain)")
        }
    }

    @Test func stableUpdateOf10_0KeepsTheHierarchyAndAddsOneType() async throws {
        let a = try await CorpusTrees.registry("10.0.2").qomParents
        let b = try await CorpusTrees.registry("10.0.13").qomParents
        #expect(a.allSatisfy { b[$0.key] == $0.value })
        // 10.0.13's virtio-gpu-virgl.c declares a memory region type 10.0.2 does not have.
        #expect(Set(b.keys).subtracting(a.keys) == ["virtio-gpu-virgl-hostmem-region"])
    }
}
