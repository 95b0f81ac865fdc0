import SwiftParser
import SwiftSyntax

/// Decides `is_complete` for Swift code from its syntax tree.
///
/// Consoles ask this on Enter to choose between running the code and showing a continuation prompt.
/// Rules: open braces, parentheses or brackets, an unterminated multi-line string, or syntax errors only
/// at the very end (`let x =`, `#if` without `#endif`) mean more input can fix it: "incomplete", indented
/// four spaces per open level. Errors before the end, a closing bracket too many, or an unterminated
/// single-line string cannot be fixed by typing more: "invalid". Otherwise "complete".
public enum SwiftCompletenessChecker {
    /// Indent per open bracket level.
    public static let indentUnit = "    "

    public static func check(_ code: String) -> IsCompleteResult {
        if code.allSatisfy(\.isWhitespace) { return .complete }
        let tree = Parser.parse(source: code)

        var depth = 0
        var lastPresentEnd = AbsolutePosition(utf8Offset: 0)
        for token in tree.tokens(viewMode: .sourceAccurate) {
            switch token.tokenKind {
            case .leftBrace, .leftParen, .leftSquare:
                depth += 1
            case .rightBrace, .rightParen, .rightSquare:
                depth -= 1
                if depth < 0 { return .invalid }
            case .endOfFile:
                continue
            default:
                break
            }
            lastPresentEnd = token.endPositionBeforeTrailingTrivia
        }

        let scan = ErrorScan(viewMode: .all)
        scan.walk(tree)
        if scan.unterminatedSingleLineString { return .invalid }
        if scan.errorPositions.contains(where: { $0 < lastPresentEnd }) { return .invalid }
        if depth > 0 || scan.unterminatedMultiLineString || !scan.errorPositions.isEmpty {
            return .incomplete(indent: String(repeating: indentUnit, count: max(depth, 0)))
        }
        return .complete
    }
}

/// Collects where the parser had to recover: missing tokens, unexpected nodes, lexer errors.
private final class ErrorScan: SyntaxVisitor {
    var errorPositions: [AbsolutePosition] = []
    var unterminatedSingleLineString = false
    var unterminatedMultiLineString = false

    override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        if token.presence == .missing {
            errorPositions.append(token.position)
        } else if token.tokenDiagnostic != nil {
            errorPositions.append(token.positionAfterSkippingLeadingTrivia)
        }
        return .visitChildren
    }

    override func visit(_ node: UnexpectedNodesSyntax) -> SyntaxVisitorContinueKind {
        errorPositions.append(node.positionAfterSkippingLeadingTrivia)
        return .visitChildren
    }

    override func visit(_ node: StringLiteralExprSyntax) -> SyntaxVisitorContinueKind {
        if node.closingQuote.presence == .missing {
            if node.openingQuote.tokenKind == .multilineStringQuote {
                unterminatedMultiLineString = true
            } else {
                unterminatedSingleLineString = true
            }
        }
        return .visitChildren
    }
}
