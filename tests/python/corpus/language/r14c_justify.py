# Full text justification: spread words across lines of a fixed width.
def justify(words, width):
    lines, cur, length = [], [], 0
    for w in words:
        if length + len(w) + len(cur) > width:
            gaps = len(cur) - 1 or 1
            spaces = width - length
            for i in range(spaces):
                cur[i % gaps] += ' '
            lines.append(''.join(cur))
            cur, length = [], 0
        cur.append(w)
        length += len(w)
    lines.append(' '.join(cur).ljust(width))
    return lines

text = "This is an example of text justification done by a student for homework."
for line in justify(text.split(), 16):
    print(f"|{line}|")
print()
for line in justify(text.split(), 25):
    print(f"|{line}|")
