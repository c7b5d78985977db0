# an ASCII chart with chr/ord and repr of control characters
for row in range(32, 128, 16):
    print(" ".join(f"{i:3d}:{chr(i)!s:1}" if i != 127 else f"{i:3d}:DEL" for i in range(row, row + 16)))
controls = [0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 127, 128, 160, 173]
print([repr(chr(c)) for c in controls])
print([chr(c).isprintable() for c in controls])
print(ord("A"), ord("a"), ord("a") - ord("A"), chr(ord("A") + 25), chr(97).upper(), ord(" "), ord("~"))
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1, 5)), [ord(c) for c in "Hi!"], sum(map(ord, "abc")))
print(f"{ord('€'):#x} {ord('€'):b} {chr(0x20AC)} {'€'.encode()} {'€'.encode()[0]:08b}")
print(ord("ab"))
