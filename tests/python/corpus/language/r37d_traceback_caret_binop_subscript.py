# Tracebacks of a nested subscript and a binary operation in a longer expression (3.11 markers).
config = {"servers": [{"name": "a", "port": 80}, {"name": "b"}]}

def port_of(i):
    return config["servers"][i]["port"] + 0

def ratio(a, b):
    return (a * 2 + 1) / (b - b) + a

print(port_of(0))
try:
    ratio(3, 4)
except ZeroDivisionError as e:
    import traceback
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
items = [1, 2, 3]
total = items[0] + items[1] * items[2]
print(total)
print(port_of(1))
