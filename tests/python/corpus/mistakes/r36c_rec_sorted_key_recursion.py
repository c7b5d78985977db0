# sorting folders by total size with a recursive key function; one folder contains itself
def size(folder):
    return folder["own"] + sum(size(f) for f in folder["sub"])

a = {"name": "a", "own": 3, "sub": []}
b = {"name": "b", "own": 1, "sub": [a]}
print([f["name"] for f in sorted([a, b], key=size)])
a["sub"].append(b)
print([f["name"] for f in sorted([a, b], key=size)])
