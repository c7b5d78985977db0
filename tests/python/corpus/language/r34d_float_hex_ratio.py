# Inspecting floats: hex(), fromhex, as_integer_ratio, is_integer and repr round-trips
values = [0.1, 0.5, 1/3, 2.0, 1e22, -0.0, 5e-324]
for v in values:
    print(f"{v!r:>24} {v.hex():>24} {v.is_integer()!s:5} {v.as_integer_ratio()}")
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("inf"))
print(float("1_000.5"), float(" -12 "), float("nan") != float("nan"))
print((3.0).as_integer_ratio(), (0.75).hex())
print(int(2.9999999999999996), int(2.9999999999999999))
print(1e16 + 1 == 1e16, 2**53 + 1.0 == 2**53)
print(format(1 / 3, ".17g"), format(0.1, ".20f"))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(0.375, 2))
try:
    float("1,5")
except ValueError as e:
    print(e)
try:
    float.fromhex("0xg")
except ValueError as e:
    print(e)
print((float("inf")).as_integer_ratio())
