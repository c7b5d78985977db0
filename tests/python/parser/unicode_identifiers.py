# Identifiers beyond ASCII: Unicode's XID_Start and XID_Continue, as CPython's
# tokenizer checks them (Other_ID_Start and Other_ID_Continue characters too;
# none that NFKC changes: CPython normalizes names, casyncio's Python does not).
a·b = 1
℘ = a·b
x‿ = _٣ = ᢅ = x̀ = ℮ = 2
print(℘, x‿)
