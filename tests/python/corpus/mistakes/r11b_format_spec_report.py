# A report formatted with specs, some of them wrong for their values.
rows = [("widget", 3, 2.5), ("gadget", 12, 10.0)]
specs = [
    ("{:>10}|{:5d}|{:8.2f}", rows[0]),
    ("{:>10}|{:5d}|{:8d}", rows[0]),
    ("{:>10d}|{:5}|{:8.2f}", rows[1]),
    ("{:,}|{:_x}|{:.1%}", (1234567, 255, 0.256)),
    ("{:,s}", ("abc",)),
    ("{:=10}", ("abc",)),
    ("{:.2d}", (5,)),
    ("{:,_}", (5,)),
    ("{:c}", (-1,)),
    ("{:c}", (65.0,)),
    ("{:#s}", ("x",)),
    ("{:+s}", ("x",)),
    ("{:05s}", ("x",)),
    ("{:x}", (3.5,)),
    ("{:z}", (1.5,)),
    ("{:zd}", (5,)),
    ("{:.f}", (1.5,)),
    ("{:10.2.3f}", (1.5,)),
    ("{:>>>}", ("x",)),
    ("{:%}", ("50",)),
    ("{:b}", (None,)),
    ("{:>5}", (None,)),
    ("{:>5}", ([1],)),
]
for fmt, args in specs:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, TypeError) as e:
        print(fmt, "->", type(e).__name__, e)
