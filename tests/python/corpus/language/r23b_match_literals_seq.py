def describe(value):
    match value:
        case None:
            return "nothing"
        case True | False:
            return f"bool {value}"
        case 0 | 0.0:
            return "zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() | float():
            return f"number {value}"
        case "":
            return "empty string"
        case str(s) if s.isdigit():
            return f"digit string {s}"
        case str():
            return f"string of {len(value)}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [x, y]:
            return f"pair {x!r},{y!r}"
        case [first, *rest] if len(rest) > 3:
            return f"long: first={first}, {len(rest)} more"
        case [first, *_, last]:
            return f"first={first} last={last}"
        case _:
            return f"other {type(value).__name__}"

for v in [None, True, 0, 0.0, -3, 7, 2.5, "", "42", "hey", [], (), [1], ("a", "b"),
          [1, 2, 3], list(range(10)), "xy", {1: 2}, {3}, b"ab", range(2)]:
    print(repr(v), "->", describe(v))
