# Printing containers: repr of nested lists, dicts, tuples, sets of ints, strings with quotes, floats.
print([1, "a", 2.0, None, True, (1,), [], {}, set(), frozenset()])
print({"k": [1, {"n": (2, 3)}], 1: "one", (1, 2): {3}, None: b"x"})
print(("solo",), (), ((1, 2),), [("a", 1)], {1, 2, 3}, frozenset({4}), {10: None}.keys())
print(["it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "é", "\x00", "\u200b"])
print(str([0.1, 1e16, -0.0, float("inf")]), repr("x"), str("x"), repr(repr("x")), ascii("é€"))
print({"a": 1}.items(), {"a": 1}.values(), list({"b": 2, "a": 1}), dict([(1, 2)]), range(0, 10, 2))
print(repr(3j), 1 + 0j, complex(0, -0.0), -1j, (1+2j) * 1j, (0.1+0.2j))
print(b"ab\x00\xff'", bytearray(b"x"), bytes(3), b'"', b"'\"", memoryview(b"x").tolist())
print(object.__repr__(5)[:13], type(5), type(None), int, print, len)
x = [1]
x.append(x)
d = {"self": None}
d["self"] = d
print(x, d)
