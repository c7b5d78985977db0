# Mistake: the finally block uses a name the failing try never assigned.
def load(lines):
    try:
        numbers = [int(x) for x in lines]
        handle = "open"
        return sum(numbers)
    finally:
        print("closing", handle)

print(load(["1", "2"]))
print(load(["3", "x"]))
