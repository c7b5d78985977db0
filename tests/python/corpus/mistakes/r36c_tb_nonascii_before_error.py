# a price list in euros; one price was typed as text
prices = {"Käse": 4.5, "Brötchen": "0.40", "Milch": 1.2}

for name, price in prices.items():
    print(f"{name:<10}", "Größe ×2 =", price * 2 + 0.5)
