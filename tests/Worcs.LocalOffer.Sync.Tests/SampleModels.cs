using System.Text.Json.Nodes;
using Worcs.LocalOffer.Sync.Formats;
using Worcs.LocalOffer.Sync.Models;

namespace Worcs.LocalOffer.Sync.Tests;

/// <summary>Small models built in code, with the exact text uSync would write for them.</summary>
internal static class SampleModels
{
    public const string ServicePageXml = """
        <ContentType Key="3f1c6a52-7d0e-4f7b-9a51-1f3b2c4d5e60" Alias="sendServicePage" Level="2">
          <Info>
            <Name>SEND Service Page</Name>
            <Icon>icon-document color-blue</Icon>
            <Thumbnail>folder.png</Thumbnail>
            <Description>A service in the SEND Local Offer</Description>
            <AllowAtRoot>False</AllowAtRoot>
            <ListView>00000000-0000-0000-0000-000000000000</ListView>
            <Variations>Nothing</Variations>
            <IsElement>false</IsElement>
            <HistoryCleanup>
              <PreventCleanup>False</PreventCleanup>
              <KeepAllVersionsNewerThanDays></KeepAllVersionsNewerThanDays>
              <KeepLatestVersionPerDayForDays></KeepLatestVersionPerDayForDays>
            </HistoryCleanup>
            <Folder>SEND</Folder>
            <Compositions>
              <Composition Key="9b0e8e11-2c4a-4a53-8a0e-6a7d5b2c1f00">seoComposition</Composition>
            </Compositions>
            <DefaultTemplate></DefaultTemplate>
            <AllowedTemplates />
          </Info>
          <Structure>
            <ContentType Key="5d2a7e44-1b3c-4e5f-8a9b-0c1d2e3f4a5b" SortOrder="0">sendContactBlock</ContentType>
          </Structure>
          <GenericProperties>
            <GenericProperty>
              <Key>a1b2c3d4-0001-4000-8000-000000000002</Key>
              <Name>Body</Name>
              <Alias>body</Alias>
              <Definition>ca90c950-0aff-4e72-b976-a30b1ac57dad</Definition>
              <Type>Umbraco.RichText</Type>
              <Mandatory>false</Mandatory>
              <Validation></Validation>
              <Description><![CDATA[]]></Description>
              <SortOrder>1</SortOrder>
              <Tab Alias="content">Content</Tab>
              <Variations>Nothing</Variations>
              <MandatoryMessage></MandatoryMessage>
              <ValidationRegExpMessage></ValidationRegExpMessage>
              <LabelOnTop>false</LabelOnTop>
            </GenericProperty>
            <GenericProperty>
              <Key>a1b2c3d4-0001-4000-8000-000000000001</Key>
              <Name>Summary</Name>
              <Alias>summary</Alias>
              <Definition>0cc0eba1-9960-42c9-bf9b-60e150b429ae</Definition>
              <Type>Umbraco.TextBox</Type>
              <Mandatory>true</Mandatory>
              <Validation></Validation>
              <Description><![CDATA[One sentence shown in search results]]></Description>
              <SortOrder>0</SortOrder>
              <Tab Alias="content">Content</Tab>
              <Variations>Nothing</Variations>
              <MandatoryMessage></MandatoryMessage>
              <ValidationRegExpMessage></ValidationRegExpMessage>
              <LabelOnTop>false</LabelOnTop>
            </GenericProperty>
          </GenericProperties>
          <Tabs>
            <Tab>
              <Key>c0ffee00-0000-4000-8000-0000000000aa</Key>
              <Caption>Content</Caption>
              <Alias>content</Alias>
              <Type>Group</Type>
              <SortOrder>0</SortOrder>
            </Tab>
          </Tabs>
        </ContentType>
        """;

    public const string SpeechTherapyXml = """
        <Content Key="0e0f4c1a-3b2d-4c5e-9f60-718293a4b5c6" Alias="Speech therapy" Level="3">
          <Info>
            <Parent Key="7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d">Local Offer</Parent>
            <Path>/Home/LocalOffer/SpeechTherapy</Path>
            <Trashed>false</Trashed>
            <ContentType>sendServicePage</ContentType>
            <CreateDate>2025-03-01T09:30:00</CreateDate>
            <NodeName Default="Speech therapy" />
            <SortOrder>3</SortOrder>
            <Published Default="true" />
            <Schedule />
            <Template />
          </Info>
          <Properties>
            <body>
              <Value><![CDATA[]]></Value>
            </body>
            <image>
              <Value><![CDATA[[
          {
            "key": "d3b07384-d113-4ec6-a7d2-6fcd8bbd6a3f",
            "mediaKey": "cc07b313-0843-4aa8-bbda-871c8da728c8"
          }
        ]]]></Value>
            </image>
            <summary>
              <Value><![CDATA[Help for children with speech & language needs]]></Value>
            </summary>
          </Properties>
        </Content>
        """;

    public static SyncContentType ServicePage() => new()
    {
        Key = Guid.Parse("3f1c6a52-7d0e-4f7b-9a51-1f3b2c4d5e60"),
        Alias = "sendServicePage",
        Level = 2,
        Info = new SyncContentTypeInfo
        {
            Name = "SEND Service Page",
            Icon = "icon-document color-blue",
            Thumbnail = "folder.png",
            Description = "A service in the SEND Local Offer",
            HistoryCleanup = new SyncHistoryCleanup(),
            Folder = "SEND",
            Compositions = [new(Guid.Parse("9b0e8e11-2c4a-4a53-8a0e-6a7d5b2c1f00"), "seoComposition")],
            DefaultTemplate = "",
            AllowedTemplates = [],
        },
        Structure = [new(Guid.Parse("5d2a7e44-1b3c-4e5f-8a9b-0c1d2e3f4a5b"), 0, "sendContactBlock")],
        Properties =
        [
            Property("a1b2c3d4-0001-4000-8000-000000000001", "Summary", "summary", "0cc0eba1-9960-42c9-bf9b-60e150b429ae", "Umbraco.TextBox") with
            {
                Mandatory = true,
                Description = "One sentence shown in search results",
            },
            Property("a1b2c3d4-0001-4000-8000-000000000002", "Body", "body", "ca90c950-0aff-4e72-b976-a30b1ac57dad", "Umbraco.RichText") with
            {
                SortOrder = 1,
            },
        ],
        Tabs = [new SyncPropertyGroup { Key = Guid.Parse("c0ffee00-0000-4000-8000-0000000000aa"), Caption = "Content", Alias = "content" }],
    };

    public static SyncContent SpeechTherapy() => new()
    {
        Key = Guid.Parse("0e0f4c1a-3b2d-4c5e-9f60-718293a4b5c6"),
        Alias = "Speech therapy",
        Level = 3,
        Info = new SyncContentInfo
        {
            Parent = new(Guid.Parse("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d"), "Local Offer"),
            Path = "/Home/LocalOffer/SpeechTherapy",
            ContentType = "sendServicePage",
            CreateDate = new DateTime(2025, 3, 1, 9, 30, 0, DateTimeKind.Unspecified),
            NodeName = new SyncNodeName("Speech therapy"),
            SortOrder = 3,
            Published = new SyncPublished(true),
            Schedule = [],
            Template = SyncTemplateRef.None,
        },
        Properties =
        [
            new("summary", [new SyncPropertyValue("Help for children with speech & language needs")]),
            new("image", [new SyncPropertyValue(SyncJson.Format(new JsonArray(new JsonObject
            {
                ["key"] = "d3b07384-d113-4ec6-a7d2-6fcd8bbd6a3f",
                ["mediaKey"] = "cc07b313-0843-4aa8-bbda-871c8da728c8",
            })))]),
            new("body", [new SyncPropertyValue("")]),
        ],
    };

    private static SyncPropertyType Property(string key, string name, string alias, string definition, string editor) => new()
    {
        Key = Guid.Parse(key),
        Name = name,
        Alias = alias,
        Definition = Guid.Parse(definition),
        Type = editor,
        TabAlias = "content",
        TabName = "Content",
        Variations = "Nothing",
    };
}
