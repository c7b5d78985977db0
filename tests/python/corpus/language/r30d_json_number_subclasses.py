# json.dumps of int/float/str subclasses with their own reprs, bools, and big or special numbers
import json


class Price(float):
    def __repr__(self):
        return f"Price({float(self)})"

    def __str__(self):
        return f"${float(self):.2f}"


class Code(str):
    def __str__(self):
        return "CODE-" + self


class Count(int):
    def __repr__(self):
        return "Count!"


data = {"price": Price(9.5), "code": Code("x1"), "count": Count(3), "flag": True, "big": 10 ** 30}
print(json.dumps(data))
print(json.dumps([1.0, 1e16, 1e-7, 123456789.123456789, 0.1 + 0.2, -0.0, 2.5e-300]))
print(json.dumps({Count(1): 1, Price(2.5): 2, True: 3, None: 4}))
print(json.loads(json.dumps(data))["price"], json.dumps("\ud800"), json.dumps("\u00e9\U0001F600"))
print(json.dumps(float("-inf")), json.loads("-Infinity"), json.dumps([True, False, None]))
