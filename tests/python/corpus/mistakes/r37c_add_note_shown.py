# notes on an error, telling the user what to try next
def load_level(n):
    levels = {1: "forest", 2: "cave"}
    try:
        return levels[n]
    except KeyError as e:
        e.add_note(f"levels available: {sorted(levels)}")
        e.add_note("did you finish the tutorial?")
        raise

print(load_level(1))
print(load_level(3))
