def parse_all(texts):
    out = []
    for t in texts:
        try:
            n = int(t)
        except ValueError as e:
            print(f"skip {t!r}: {e}")
            continue
        else:
            print(f"parsed {n}")
            out.append(n)
        finally:
            print(f"done {t!r}")
    return out

print(parse_all(["1", "x", "3"]))

try:
    pass
except* ValueError:
    print("no")
else:
    print("except* else")

def name_cleared():
    try:
        raise ValueError(1)
    except ValueError as e:
        pass
    return e

try:
    name_cleared()
except UnboundLocalError as e:
    print(e)

while True:
    try:
        break
    finally:
        print("break runs finally")
try:
    raise TypeError("a")
except (ValueError, TypeError) as e:
    print("tuple caught", type(e).__name__)
except Exception:
    print("never")
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
raise ValueError
