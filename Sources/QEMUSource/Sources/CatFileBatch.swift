import Subprocess

/// One long-lived `git cat-file --batch --follow-symlinks` process that answers blob requests in order.
///
/// Requests queue on an `AsyncStream`, so any number of callers may fetch concurrently: a worker task
/// writes each request to git's standard input while a reader task parses the answers and hands them
/// back in the same order. Several requests are in flight at once, so a burst of reads costs one
/// round trip, not one each. ``finish()`` (also called on deinit) closes git's standard input; git then
/// exits and the worker reaps it. ``close()`` does the same and waits for it.
final class CatFileBatch: Sendable {
    /// A batch of object names, one per line, and the caller waiting for their answers.
    struct Request: Sendable {
        var input: [UInt8]
        var count: Int
        var reply: CheckedContinuation<Result<[CatFileObject], QEMUSourceError>, Never>

        func answer(_ result: Result<[CatFileObject], QEMUSourceError>) {
            reply.resume(returning: result)
        }
    }

    private let requests: AsyncStream<Request>.Continuation
    private let worker: Task<Void, Never>
    private let subject: String

    /// Starts `git --git-dir gitDirectory cat-file --batch --follow-symlinks`; `subject` names the tree
    /// in errors.
    init(gitDirectory: String, subject: String) {
        let (stream, continuation) = AsyncStream.makeStream(of: Request.self)
        self.requests = continuation
        self.subject = subject
        let arguments = ["--git-dir", gitDirectory, "cat-file", "--batch", "--follow-symlinks"]
        self.worker = Task {
            await Self.serve(stream, arguments: arguments, subject: subject)
        }
    }

    deinit {
        requests.finish()
    }

    /// The answers for `names` (`<commit>:<path>` each, without newlines), in order.
    func fetch(_ names: [String]) async throws(QEMUSourceError) -> [CatFileObject] {
        guard !names.isEmpty else { return [] }
        var input: [UInt8] = []
        input.reserveCapacity(names.reduce(0) { $0 + $1.utf8.count + 1 })
        for name in names {
            input.append(contentsOf: name.utf8)
            input.append(UInt8(ascii: "\n"))
        }
        let pending = input
        let closed = QEMUSourceError(
            .gitFailed,
            subject: subject,
            reason: "the tree was closed before this read",
            hint: "read from a tree before calling close(), or open a new GitTree"
        )
        let result = await withCheckedContinuation { reply in
            let request = Request(input: pending, count: names.count, reply: reply)
            if case .terminated = requests.yield(request) {
                request.answer(.failure(closed))
            }
        }
        return try result.get()
    }

    /// Closes git's standard input; git exits once it has answered what was already asked.
    func finish() {
        requests.finish()
    }

    /// Finishes and waits until the git process has exited and been reaped.
    func close() async {
        requests.finish()
        await worker.value
    }

    // MARK: - Worker

    /// Runs git and serves `requests` until the stream finishes; fails whatever arrives after git ended.
    private static func serve(_ requests: AsyncStream<Request>, arguments: [String], subject: String) async {
        var queue = requests.makeAsyncIterator()
        var failure: QEMUSourceError
        do {
            let outcome = try await Subprocess.run(
                .name("git"),
                arguments: Arguments(arguments),
                input: .inputWriter,
                output: .sequence,
                error: .discarded
            ) { execution in
                await pump(&queue, execution, subject: subject)
            }
            failure =
                outcome.closureResult
                ?? QEMUSourceError(
                    .gitFailed,
                    subject: subject,
                    reason: "`git cat-file --batch` ended (\(outcome.terminationStatus))",
                    hint: "open a new GitTree; check the repository with `git fsck`"
                )
        } catch {
            failure = GitCommand.cannotRun(arguments, subject: subject, error)
        }
        while let request = await queue.next() {
            request.answer(.failure(failure))
        }
    }

    /// Writes requests to git as they arrive while a child task reads the answers; returns the error that
    /// ended the exchange, or `nil` when the request stream finished normally.
    nonisolated(nonsending) private static func pump(
        _ queue: inout AsyncStream<Request>.Iterator,
        _ execution: Execution<CustomWriteInput, SequenceOutput, DiscardedOutput>,
        subject: String
    ) async -> QEMUSourceError? {
        let (inFlight, inFlightContinuation) = AsyncStream.makeStream(of: Request.self)
        async let readerFailure = answer(inFlight, from: execution.standardOutput, subject: subject)
        let writer = execution.standardInputWriter
        while let request = await queue.next(isolation: #isolation) {
            inFlightContinuation.yield(request)
            let written = (try? await writer.write(request.input)) ?? 0
            if written < request.input.count {
                // git has gone: the reader meets the end of its output and fails this request.
                break
            }
        }
        inFlightContinuation.finish()
        try? await writer.finish()
        return await readerFailure
    }

    /// Answers each request in `inFlight` from git's output, in order. After git's output ends or breaks
    /// the protocol, fails every remaining request with that error and returns it.
    private static func answer(
        _ inFlight: AsyncStream<Request>,
        from output: SubprocessOutputSequence,
        subject: String
    ) async -> QEMUSourceError? {
        var chunks = output.makeAsyncIterator()
        var parser = CatFileBatchParser()
        var failure: QEMUSourceError?
        for await request in inFlight {
            if let failure {
                request.answer(.failure(failure))
                continue
            }
            var objects: [CatFileObject] = []
            objects.reserveCapacity(request.count)
            do {
                while objects.count < request.count {
                    if let object = try parser.next() {
                        objects.append(object)
                        continue
                    }
                    guard let chunk = try await chunks.next() else {
                        throw QEMUSourceError(
                            .gitFailed,
                            subject: subject,
                            reason: "`git cat-file --batch` exited before answering",
                            hint: "check the repository with `git fsck`, then open a new GitTree"
                        )
                    }
                    chunk.withUnsafeBytes { parser.append($0) }
                }
                request.answer(.success(objects))
            } catch {
                let ended = describe(error, subject: subject)
                failure = ended
                request.answer(.failure(ended))
            }
        }
        return failure
    }

    private static func describe(_ error: any Error, subject: String) -> QEMUSourceError {
        switch error {
        case let error as QEMUSourceError:
            return error
        case let error as CatFileProtocolError:
            return QEMUSourceError(
                .gitFailed,
                subject: subject,
                reason: "unexpected answer from `git cat-file --batch`: '\(error.header)'",
                hint: "use git 2.5 or newer and make sure no alias or config changes `cat-file` output"
            )
        default:
            return QEMUSourceError(
                .gitFailed,
                subject: subject,
                reason: "cannot read from `git cat-file --batch` (\(error))",
                hint: "open a new GitTree; check the repository with `git fsck`"
            )
        }
    }
}
