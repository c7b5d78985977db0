# string.Formatter: parsing a template into fields, and a custom formatter with defaults
import string

fmt = string.Formatter()
for literal, field, spec, conv in fmt.parse("Hi {name!r:>10}, you owe {amount:.2f}{{!}} {0}"):
    print(repr(literal), repr(field), repr(spec), repr(conv))


class DefaultFormatter(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}>")
        return super().get_value(key, args, kwargs)


df = DefaultFormatter()
print(df.format("{greeting}, {name}! {0}", "pos", name="Ann"))
print(fmt.vformat("{a}-{b}", (), {"a": 1, "b": 2}), fmt.format("{:*^9}", "mid"))
print(list(fmt.parse("no fields")), list(fmt.parse("")))
print(list(fmt.parse("bad {")))
