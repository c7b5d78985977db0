# try/except/else/finally order, return inside finally, and exceptions in loops.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("  cannot divide by zero")
        return None
    except TypeError as e:
        print("  type problem:", e)
        return None
    else:
        print("  ok")
        return result
    finally:
        print("  finally for", a, b)

for a, b in [(10, 2), (1, 0), ("x", 3)]:
    print(divide(a, b))

def f():
    try:
        return "try"
    finally:
        print("finally runs before the return")
print(f())
results = []
for item in ["1", "2", "three", "4", None]:
    try:
        results.append(int(item))
    except (ValueError, TypeError) as e:
        results.append(type(e).__name__)
        continue
    finally:
        results.append("|")
print(results)
