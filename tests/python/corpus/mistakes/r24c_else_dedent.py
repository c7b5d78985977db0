for i in range(3):
    if i % 2 == 0:
        print(i, "even")
  else:
        print(i, "odd")
