# Adding up nested prices with sum() over a recursive helper, with a loop in the data
def price(item):
    if isinstance(item, dict):
        return price(item["parts"][0]) + item["cost"]
    return item

gear = {"cost": 3, "parts": [4]}
print(sum(map(price, [gear, 2])))
gear["parts"][0] = gear
print(sum(map(price, [gear, 2])))
