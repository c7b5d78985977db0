# Building dataclasses at runtime with make_dataclass from a list of column names
from dataclasses import make_dataclass, field, fields, asdict

columns = [("name", str), ("age", int), ("email", str, field(default="-"))]
Row = make_dataclass("Row", columns, frozen=True, order=True,
                     namespace={"greet": lambda self: f"hi {self.name}"})
rows = [Row("Zed", 30), Row("Amy", 25, "amy@x.org")]
print(sorted(rows), rows[0].greet(), [f.name for f in fields(Row)], asdict(rows[1]))
Point = make_dataclass("Point", ["x", "y"])
print(Point(1, 2), Point.__annotations__, Row.__name__, Row.__qualname__)
try:
    rows[0].age = 31
except Exception as e:
    print(type(e).__name__, e)
make_dataclass("Bad", ["1x"])
