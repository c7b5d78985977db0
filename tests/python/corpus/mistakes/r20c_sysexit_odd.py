# SystemExit with a non-int non-str argument
print("odd exit")
raise SystemExit([1, 2])
# (end of the program)
# (end of the program)
