stock = {"apples": 10, "bananas": 0}
for fruit in ["apples", "banana", "cherries"]:
    try:
        print(fruit, stock[fruit])
    except KeyError as e:
        print("missing key:", e, repr(e), e.args)
print(stock.get("banana", "no such fruit"))
