print(type(1 + 2.0).__name__, type(True + 1).__name__, type(7 / 7).__name__, type(7 // 7).__name__)
print(True + True, True * 10, False - 1, sum([True, True, False]), True / 2)
print(isinstance(True, int), issubclass(bool, int), bool(-1), bool(0.0), bool("0"), bool([0]))
print(1 == 1.0 == True, 1 is True, {1, 1.0, True}, {True, 1, 1.0})
print(int.__name__, (5).real, (5).imag, (5).numerator, (2.5).is_integer(), (3.0).is_integer())
print((10).bit_length(), (-10).bit_length(), (255).to_bytes(1, "big"))
print(abs(-3), abs(-3.5), abs(True), -True, +False, ~True)
print(7 // 2.0, 7 % 2.5, 2 ** 3.0, 8 ** (1 / 3), 1e3 == 1000)
print(max(1, 2.0), min(1, 1.0), max(True, 1), sorted([2, 1.5, True, 0]))
print(float.is_integer(4.0), int.bit_count(7), (1.5).as_integer_ratio(), (-0.75).hex())
print(10 / 4, 10 // 4, -10 // 4, 10.0 // 4, 2 ** 64 / 2, 2 ** 1024 // 2 ** 1023)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print(e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
print("3" * 3, [0] * 3, 3 * "ab")
print("3" + 3)
