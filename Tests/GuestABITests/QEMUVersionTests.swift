import GuestABI
import Testing

@Suite struct QEMUVersionTests {
    @Test(arguments: [
        ("10.2.0", 10, 2, 0), ("10.0.13", 10, 0, 13), ("10.1.50", 10, 1, 50), ("9.2", 9, 2, 0),
        ("10.2.0-rc1", 10, 1, 91), ("11.0.0-rc0", 10, 2, 90),
    ])
    func parses(text: String, major: Int, minor: Int, micro: Int) throws {
        #expect(try QEMUVersion(parsing: text) == QEMUVersion(major, minor, micro))
    }

    @Test(arguments: ["", "10", "10.1.2.3", "10.x.0", "10.2.1-rc1", "10.2.0-beta", "-1.0.0", " "])
    func rejects(text: String) {
        #expect(throws: GuestABIError.self) { try QEMUVersion(parsing: text) }
    }

    @Test(arguments: [
        ("10.1.50", "10.2.0"), ("10.1.90", "10.2.0"), ("10.1.93", "10.2.0"), ("10.2.50", "11.0.0"),
        ("10.2.91", "11.0.0"), ("10.0.50", "10.1.0"), ("10.0.13", "10.0.0"), ("10.2.0", "10.2.0"),
    ])
    func effectiveRelease(text: String, release: String) throws {
        #expect(try QEMUVersion(parsing: text).effectiveRelease == QEMUVersion(parsing: release))
    }

    @Test func classifiesSnapshotsAndCandidates() throws {
        let snapshot = try QEMUVersion(parsing: "10.1.50")
        #expect(snapshot.isDevelopmentSnapshot && !snapshot.isReleaseCandidate && !snapshot.isRelease)
        let candidate = try QEMUVersion(parsing: "10.1.91")
        #expect(candidate.isReleaseCandidate && !candidate.isDevelopmentSnapshot)
        #expect(candidate.displayName == "10.2.0-rc1")
        #expect(try QEMUVersion(parsing: "10.0.13").isRelease)
    }

    @Test func ordersNumerically() throws {
        let texts = ["9.10.0", "9.2.0", "10.0.0", "9.2.50", "9.2.1"]
        let sorted = try texts.map { try QEMUVersion(parsing: $0) }.sorted().map(\.description)
        #expect(sorted == ["9.2.0", "9.2.1", "9.2.50", "9.10.0", "10.0.0"])
    }

    @Test func stepsThroughFeatureReleases() {
        #expect(QEMUVersion(10, 2).nextFeatureRelease == QEMUVersion(11, 0))
        #expect(QEMUVersion(10, 0).nextFeatureRelease == QEMUVersion(10, 1))
        #expect(QEMUVersion(11, 0).previousFeatureRelease == QEMUVersion(10, 2))
        #expect(QEMUVersion(10, 1).featureReleases(since: QEMUVersion(9, 1)) == 3)
    }
}
