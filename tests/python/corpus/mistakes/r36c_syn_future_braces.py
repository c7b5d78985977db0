# someone told me Python can use braces if I import them from the future
from __future__ import braces

def main() {
    print("hello")
}
