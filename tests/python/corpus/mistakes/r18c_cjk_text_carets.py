def receipt(items):
    lines = []
    for name, price in items:
        lines.append("商品：" + name + "，价格：" + price)
    return "\n".join(lines)


print(receipt([("苹果", "3元")]))
print(receipt([("香蕉", 2)]))
