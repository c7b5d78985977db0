print("first line")
