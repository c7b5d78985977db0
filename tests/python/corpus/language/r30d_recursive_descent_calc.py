# A recursive-descent calculator: tokenise with re, parse + - * / ^ and parentheses, report errors
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def tokenize(src):
    for number, op in TOKEN.findall(src):
        yield ("num", float(number)) if number else ("op", op)
    yield ("end", None)


class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]
    def take(self, expected=None):
        kind, val = self.tokens[self.pos]
        if expected and val != expected:
            raise SyntaxError(f"expected {expected!r} at token {self.pos}, got {val!r}")
        self.pos += 1
        return val

    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/"):
            v = v * self.factor() if self.take() == "*" else v / self.factor()
        return v

    def factor(self):
        base = self.atom()
        return base ** self.factor() if self.peek()[1] == "^" and self.take() else base

    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            return self.take()
        if val == "-":
            self.take()
            return -self.atom()
        self.take("(")
        v = self.expr()
        self.take(")")
        return v


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "((2))", "7 / (3 - 3)", "2 * (3 + 4"]:
    try:
        print(f"{src:14} = {Parser(src).expr():g}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{src:14} ! {type(e).__name__}: {e}")
