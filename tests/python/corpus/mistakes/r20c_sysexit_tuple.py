# SystemExit with several arguments
print("tuple exit")
raise SystemExit(2, "extra")
# (end of the program)
# (end of the program)
