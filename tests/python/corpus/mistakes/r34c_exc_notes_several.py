# Adding context notes to an exception as it bubbles up through layers
def parse_line(line):
    key, value = line.split("=")
    return key, int(value)

def parse_config(lines):
    result = {}
    for number, line in enumerate(lines, 1):
        try:
            key, value = parse_line(line)
        except ValueError as e:
            e.add_note(f"while parsing line {number}: {line!r}")
            raise
        result[key] = value
    return result

try:
    parse_config(["a=1", "b=two"])
except ValueError as e:
    e.add_note("config file: settings.ini")
    raise
