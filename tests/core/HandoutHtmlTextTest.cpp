// The handouts' text helpers: escaping, paragraphs and line breaks, which addresses may be links.
#include "core/handout/html_text.h"

#include <gtest/gtest.h>

namespace cs::handout {
namespace {

TEST(HandoutHtmlTextTest, EscapesTheFiveSpecialCharacters) {
    EXPECT_EQ(escapeHtml("a & b < c > d \" e ' f"), "a &amp; b &lt; c &gt; d &quot; e &#39; f");
    EXPECT_EQ(escapeHtml("&amp;"), "&amp;amp;");
    EXPECT_EQ(escapeHtml("Étape · 🪙"), "Étape · 🪙");
}

TEST(HandoutHtmlTextTest, DropsControlsAndRepairsBrokenUtf8) {
    EXPECT_EQ(escapeHtml(std::string("a\x01\x1F\x7F") + '\0' + "b"), "ab");
    EXPECT_EQ(escapeHtml("tab\there\nline"), "tab\there\nline");
    EXPECT_EQ(escapeHtml("cr\rx"), "cr\nx");
    EXPECT_EQ(escapeHtml("c1\xC2\x80\xC2\x9F end \xC2\xA0"), "c1 end \xC2\xA0"); // U+00A0 is not a control
    EXPECT_EQ(escapeHtml("bad\xC3"), "bad\xEF\xBF\xBD");
    EXPECT_EQ(escapeHtml("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD") << "a surrogate is not UTF-8";
}

TEST(HandoutHtmlTextTest, ParagraphsAndLineBreaks) {
    std::string out;
    appendParagraphs(out, "First line\nsecond line\n\n  \nNext <p>\r\n\r\nLast");
    EXPECT_EQ(out, "<p>First line<br>\nsecond line</p>\n<p>Next &lt;p&gt;</p>\n<p>Last</p>\n");
    out.clear();
    appendParagraphs(out, " \n\n ");
    EXPECT_EQ(out, "");
    out.clear();
    appendParagraphs(out, "x", " class=\"y\"");
    EXPECT_EQ(out, "<p class=\"y\">x</p>\n");
    out.clear();
    appendInline(out, " a\r\nb ");
    EXPECT_EQ(out, "a<br>\nb");
    EXPECT_EQ(oneLine("  a \n\t b\r\n"), "a b");
}

TEST(HandoutHtmlTextTest, OnlyWebAddressesBecomeLinks) {
    EXPECT_TRUE(isWebAddress("https://doi.org/10.1186/s12889-019-7884-9"));
    EXPECT_TRUE(isWebAddress("HTTP://example.org"));
    EXPECT_FALSE(isWebAddress("https://"));
    EXPECT_FALSE(isWebAddress("javascript:alert(1)"));
    EXPECT_FALSE(isWebAddress(" https://example.org"));
    EXPECT_FALSE(isWebAddress("https://example.org/a b"));
    EXPECT_FALSE(isWebAddress("https://example.org/\"onclick"));
    EXPECT_FALSE(isWebAddress("data:text/html,<script>"));
    EXPECT_FALSE(isWebAddress("file:///etc/passwd"));
}

} // namespace
} // namespace cs::handout
