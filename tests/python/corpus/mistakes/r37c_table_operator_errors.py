# mixing values in arithmetic to see which pairs Python refuses, and how it says so
pairs = [
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("(1,) + [2]", lambda: (1,) + [2]),
    ("'a' + 1", lambda: "a" + 1),
    ("1 + 'a'", lambda: 1 + "a"),
    ("b'a' + 'b'", lambda: b"a" + "b"),
    ("'a' * 2.0", lambda: "a" * 2.0),
    ("[1] * [2]", lambda: [1] * [2]),
    ("{1} + {2}", lambda: {1} + {2}),
    ("{'a': 1} + {'b': 2}", lambda: {"a": 1} + {"b": 2}),
    ("None + 1", lambda: None + 1),
    ("-'a'", lambda: -"a"),
    ("~1.5", lambda: ~1.5),
    ("abs('a')", lambda: abs("a")),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[1] < (1,)", lambda: [1] < (1,)),
    ("None > 0", lambda: None > 0),
    ("'a' - 'b'", lambda: "a" - "b"),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("1 @ 2", lambda: 1 @ 2),
    ("2 ** 'a'", lambda: 2 ** "a"),
    ("pow(2, 3, 1.5)", lambda: pow(2, 3, 1.5)),
    ("1 << -1", lambda: 1 << -1),
    ("1.5 // 0", lambda: 1.5 // 0),
    ("divmod(1.5, 0)", lambda: divmod(1.5, 0)),
    ("5 % 0", lambda: 5 % 0),
    ("0.0 ** -2", lambda: 0.0 ** -2),
]
for label, op in pairs:
    try:
        print(label, "->", op())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
