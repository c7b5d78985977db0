# prices with the euro sign typed in the code
prices = {"tea": 2.5, "cake": 3}
for item, p in prices.items():
    print(item, p €)
# (the sign belongs in the string)
