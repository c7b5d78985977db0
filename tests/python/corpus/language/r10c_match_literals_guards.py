def http(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int(n) if 400 <= n < 500:
            return "client error"
        case int(n) if n >= 500:
            return "server error"
        case None:
            return "no status"
        case True:
            return "true?!"
        case _:
            return "weird"

for s in [200, 204, 302, 404, 503, None, True, 1, "200", 200.0]:
    print(repr(s), http(s))

def sign(n):
    match n:
        case 0:
            return "zero"
        case x if x < 0:
            return "negative"
        case _:
            return "positive"

print([sign(v) for v in (-2, 0, 3, 0.0, -0.5)])
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
