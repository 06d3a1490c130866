import Testing

// The source readers and their helpers; every suite of this folder nests here, so that
// `swift test --filter SourceTree` runs them all.
@Suite enum SourceTreeTests {}
