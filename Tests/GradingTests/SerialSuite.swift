import Testing

/// Suites that finish checks or run `yourCodeHere` share the process's stub log, so they run one test
/// at a time, never beside each other (a stub called by one test would count in another's check).
@Suite(.serialized) struct StubLogUsers {}
