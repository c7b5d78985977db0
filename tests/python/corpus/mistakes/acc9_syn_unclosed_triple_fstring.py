# A triple-quoted f-string never closed.
name = "report"
text = f"""Report: {name}
lines: 3
print(text)
