# bytes: literals, %-formatting, hex, fromhex and common errors
data = "Zoë ☃".encode()
print(data, len(data), list(data), data.hex(), data.hex(" "), data.hex(":", 2))
print(b"%d items at %.2f = %s" % (3, 1.5, b"ok"), b"%5s|%-5s|" % (b"ab", b"cd"), b"%x %c" % (255, 65))
print(bytes.fromhex("48 65 6c 6c 6f"), bytes.fromhex("deadBEEF"), bytes(3), bytes([72, 105]), bytes(range(65, 70)))
print(b"hello"[0], b"hello"[1:3], b"hello"[::-1], b"a" * 3, b"a" + b"b", b"l" in b"hello", 108 in b"hello")
print(b"  pad ".strip(), b"a,b,,c".split(b","), b"-".join([b"x", b"y"]), b"abc".upper(), b"Hello".swapcase())
print(b"abc" == "abc", b"abc".decode() == "abc", repr(b"\x00\x7f\x80\xff'\""), b"tab\t".isalpha(), b"123".isdigit())
for expr in ['b"x" + "y"', 'bytes.fromhex("abc")', 'bytes.fromhex("zz")', 'bytes([256])', 'bytes([-1])',
             'b"%s" % "str"', 'b"abc"[5]', 'bytes("text")', '"-".join([b"a"])', 'b"a".join(["b"])']:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ValueError, IndexError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(f"{b'xyz'}", str(b"xyz"), "%s" % b"xyz", b"xyz".decode("ascii"))
