# Integers to bytes and back with to_bytes/from_bytes, as a learner tries them (a str and floats by mistake).
n = 2024
b = n.to_bytes(2, "big")
print(b, list(b), b.hex(), int.from_bytes(b, "big"), int.from_bytes(b, "little"))
print(int.from_bytes([7, 232], "big"), int.from_bytes(range(1, 4), "little"), int.from_bytes(bytes([255, 255]), "big", signed=True))
print((-5).to_bytes(2, "big", signed=True), int.from_bytes((-5).to_bytes(2, "big", signed=True), "big", signed=True))
for attempt in [lambda: int.from_bytes("2024", "big"), lambda: int.from_bytes(2024, "big"), lambda: int.from_bytes([1.0, 2.0], "big"),
                lambda: int.from_bytes([256], "big"), lambda: (300).to_bytes(1, "big"), lambda: int.from_bytes(b"\x01", "middle")]:
    try:
        print(attempt())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(int.from_bytes("hi".encode(), "big"), (26729).to_bytes(2, "big").decode())
