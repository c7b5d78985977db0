# checking if a digit appears in a PIN code
pin = "4821"
print("8" in pin)
for d in range(3):
    print(d, d in pin)
