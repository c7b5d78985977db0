# trying format specs on values of the wrong type
tries = [("{:d}", 3.0), ("{:.2f}", "3"), ("{:05}", "ab"), ("{:,}", "1000"),
         ("{:x}", 2.5), ("{:>5}", None), ("{:%}", "0.5"), ("{:.2s}", 12), ("{:=5}", "a"),
         ("{:c}", -1), ("{:,x}", 255), ("{:.1z}", 1.0)]
for spec, value in tries:
    try:
        print(repr(spec.format(value)))
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{spec!r} {value!r}: {type(e).__name__}: {e}")
