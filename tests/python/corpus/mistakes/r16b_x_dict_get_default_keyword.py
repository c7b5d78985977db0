# dict.get() given its default as a keyword
print("== dict get default keyword ==")
stock = {"tea": 4}
print(stock.get("tea", 0))
print(stock.get("cake", default=0))
