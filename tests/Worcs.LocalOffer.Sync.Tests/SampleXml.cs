namespace Worcs.LocalOffer.Sync.Tests;

/// <summary>Hand-written uSync XML for reader and validator tests; line numbers count the XML declaration as line 1.</summary>
internal static class SampleXml
{
    private const string EmptyJson = "{}";

    /// <summary>A content type with one property; <paramref name="definition"/> is line 15, <paramref name="extra"/> follows <c>LabelOnTop</c>.</summary>
    public static string WithProperty(string definition, string extra = "") => $"""
        <ContentType Key="3f1c6a52-7d0e-4f7b-9a51-1f3b2c4d5e60" Alias="newsArticle" Level="1">
          <Info>
            <Name>News article</Name>
            <AllowAtRoot>True</AllowAtRoot>
            <ListView>00000000-0000-0000-0000-000000000000</ListView>
            <Compositions />
          </Info>
          <Structure />
          <GenericProperties>
            <GenericProperty>
              <Key>a1b2c3d4-0001-4000-8000-000000000001</Key>
              <Name>Title</Name>
              <Alias>title</Alias>
              {definition}
              <Type>Umbraco.TextBox</Type>
              <LabelOnTop>false</LabelOnTop>
              {extra}
            </GenericProperty>
          </GenericProperties>
          <Tabs />
        </ContentType>
        """;

    public static string DataType(string key, string name, string editor = "Umbraco.TextBox") => $"""
        <DataType Key="{key}" Alias="{name}" Level="1">
          <Info>
            <Name>{name}</Name>
            <EditorAlias>{editor}</EditorAlias>
            <EditorUIAlias>Umb.PropertyEditorUi.TextBox</EditorUIAlias>
          </Info>
          <Config><![CDATA[{EmptyJson}]]></Config>
        </DataType>
        """;

    public static string Content(string key, string name, string type, string parentKey) => $"""
        <Content Key="{key}" Alias="{name}" Level="1">
          <Info>
            <Parent Key="{parentKey}"></Parent>
            <Path>/{name}</Path>
            <Trashed>false</Trashed>
            <ContentType>{type}</ContentType>
            <CreateDate>2025-03-01T09:30:00</CreateDate>
            <NodeName Default="{name}" />
          </Info>
          <Properties />
        </Content>
        """;
}
